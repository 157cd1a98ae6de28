import { z } from 'zod';

/**
 * Whom the office consults: a third party whose lawful rights disclosure could harm (第三十二条),
 * an agency that made the information jointly (第三十四条), or another agency (第三十三条第二款).
 */
export const consulteeKindSchema = z.enum(['thirdParty', 'coMaker', 'agency']);

/**
 * How a consultation ended. `silent`: a third party gave no opinion within 15 working days, the
 * agency decides (第三十二条); `deemedConsent`: a co-making agency gave none, it is deemed to
 * consent (第三十四条); `noReply`: another agency gave none within the parameter's time.
 */
export const opinionSchema = z.enum(['consents', 'objects', 'silent', 'deemedConsent', 'noReply']);

/**
 * How the consultation letter goes out, which fixes when the party received it (the day its
 * period starts, 第三十二条, 第三十四条: 自收到征求意见书之日起): handed over in person or sent
 * online (the office's OA or document-exchange system, e-mail), received the day it is sent; or by
 * post, received the day the party signs for it, recorded by `letter.received` or presumed
 * (parameter `presumedReceiptWorkingDays`).
 */
export const deliverySchema = z.enum(['inPerson', 'online', 'post']);

/** Whom the office consults (the value `consulteeKindSchema` parses to). */
export type ConsulteeKind = z.output<typeof consulteeKindSchema>;
/** How a consultation ended (the value `opinionSchema` parses to). */
export type Opinion = z.output<typeof opinionSchema>;
/** How the consultation letter goes out (the value `deliverySchema` parses to). */
export type Delivery = z.output<typeof deliverySchema>;
