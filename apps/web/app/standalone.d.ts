/**
 * `import src from './x.ts?standalone'`: the address of x.ts compiled on its own into a small script
 * (see vite.config.ts), for progressive enhancement without hydrating the page.
 */
declare module '*?standalone' {
  const src: string;
  export default src;
}
