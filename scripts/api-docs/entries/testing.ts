/**
 * Rule-module tester and store conformance suite for @zwgk/core
 *
 * @module @zwgk/testing
 */
export * from '@zwgk/testing';
