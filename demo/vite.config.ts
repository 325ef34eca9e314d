import { defineConfig } from 'vite';
import { demoServer } from './server/demo-server-plugin.js';

/**
 * `npm start`: the demo marketplace page on a Vite dev server whose middleware plays the host's
 * back end (token endpoint, API proxy, webhook relay) in front of the in-memory sandbox.
 */
export default defineConfig({
  root: 'demo',
  clearScreen: false,
  plugins: [demoServer()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    // Same-origin only: the token endpoint and the proxy answer this page and nothing else.
    cors: false,
    fs: { allow: ['..'] },
  },
});
