/**
 * `payment-run-elements`: everything, with the four elements registered (each only if its tag
 * is free) and German and French registered. Import single elements from `payment-run-elements/<tag>.js`
 * to load less.
 */
export * from './exports.js';
import './locales/de.js';
import './locales/fr.js';
