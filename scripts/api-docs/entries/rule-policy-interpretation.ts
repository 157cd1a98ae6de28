/**
 * 《西吉县政府政务公开政策解读制度》 as a zwgk rule module: interpretation plan with the request, materials before publication, interpretation published with the policy
 *
 * @module @zwgk/rule-policy-interpretation
 */
export * from '@zwgk/rule-policy-interpretation';
