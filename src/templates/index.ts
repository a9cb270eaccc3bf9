export { buildTemplate, listFormula, monthSheetName, templateBuffer, templateFileName, templateHeaders, type TemplateOptions } from './build.js';
export { configText, initialConfig, PLACEHOLDER_BRANDS } from './config.js';
export * from './spec.js';
