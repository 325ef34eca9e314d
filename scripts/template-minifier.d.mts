import type { Plugin } from 'vite';

export declare function quietTemplateMinifier(): Plugin;
