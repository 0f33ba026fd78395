/** tinyglobby behind a module of our own, so glob.ts imports it on first use and the bundles keep it. */
export { glob } from 'tinyglobby';
