import { defineRegulation, type IssuedRegulation, type Regulation, type RegulationNotice } from '@zwgk/core';

/**
 * 中华人民共和国国务院令第711号: the 2019 revision of 《中华人民共和国政府信息公开条例》, published
 * 2019-04-03, in force from 2019-05-15 (its end date is open: 2099-12-31 stands for “until revised”).
 */
export const stateCouncilDecree711: RegulationNotice & { readonly issuedOn: string } = Object.freeze({
  title: '中华人民共和国国务院令第711号（公布修订后的《中华人民共和国政府信息公开条例》）',
  documentNumber: '国务院令第711号',
  issuer: '国务院',
  jurisdiction: '中华人民共和国',
  issuedOn: '2019-04-03',
  inForce: Object.freeze({ from: '2019-05-15', to: '2099-12-31' }),
});

/** 《中华人民共和国政府信息公开条例》 as revised by 国务院令第711号: the source of every national-* module. */
export const informationDisclosureRegulation: IssuedRegulation = defineRegulation({
  name: '中华人民共和国政府信息公开条例',
  notice: stateCouncilDecree711,
});

/** 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), cited as 办法第X条 by the fee rules. */
export const processingFeeRules: Regulation = defineRegulation({ name: '政府信息公开信息处理费管理办法', edition: '国办函〔2020〕109号' });

/** Where the texts are stored, relative to this package: one article a line, 第X条 first. */
export const REGULATION_TEXT_FILES = Object.freeze({ decree711: 'regulation/711.txt', processingFee: 'regulation/fee-109.txt' });
