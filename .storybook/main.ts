import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Optimised up front: the builder imports them on demand, which would otherwise make Vite
  // re-optimise mid-run ("Failed to fetch dynamically imported module").
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'papaparse',
        '@lit-labs/virtualizer/virtualize.js',
      ],
    },
  }),
};
export default config;
