import { z } from 'zod';

/**
 * The channels of 第十一条. 第一款: every item on the government portal (政府门户网站), with reading
 * rooms at the archives, the library and the government service hall; 第二款: a county department
 * (县直各部门(单位)) also by notice board, government publication, newspaper, radio or television.
 * A press conference (新闻发布会, for major items) is its own event, `pressConference.held`.
 */
export const channel = z.enum([
  /** 政府门户网站 (第十一条第一款: 全部在政府门户网上公开) */
  'portal',
  /** 档案局政府政务信息查阅场所 */
  'archivesReadingRoom',
  /** 图书馆政府政务信息查阅场所 */
  'libraryReadingRoom',
  /** 政务服务大厅政府政务信息查阅场所 */
  'serviceHallReadingRoom',
  /** 政府政务信息公开栏 (第二款) */
  'noticeBoard',
  /** 政府刊物 (第二款) */
  'governmentPublication',
  /** 报纸 (第二款) */
  'newspaper',
  /** 电台 (第二款) */
  'radio',
  /** 电视台 (第二款) */
  'television',
]);

/** The channels of 第十一条. 第一款: every item on the government portal (政府门户网站), with reading rooms at the archives, the library and the government service hall; 第二款: a county department (县直各部门(单位)) also by notice board, government publication, newspaper, radio or television. A press conference (新闻发布会, for major items) is its own event, `pressConference.held`. (The value `channel` parses to.) */
export type Channel = z.infer<typeof channel>;

/** 第十一条第二款: the channels a county department must use besides the portal (at least one). */
export const OFFLINE_CHANNELS: readonly Channel[] = ['noticeBoard', 'governmentPublication', 'newspaper', 'radio', 'television'];

/** Chinese names of the channels, for notices and the catalogue. */
export const channelZh: Readonly<Record<Channel, string>> = {
  portal: '政府门户网站',
  archivesReadingRoom: '档案局查阅场所',
  libraryReadingRoom: '图书馆查阅场所',
  serviceHallReadingRoom: '政务服务大厅查阅场所',
  noticeBoard: '政府政务信息公开栏',
  governmentPublication: '政府刊物',
  newspaper: '报纸',
  radio: '电台',
  television: '电视台',
};
