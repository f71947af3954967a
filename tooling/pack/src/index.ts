export { type BundleAppOptions, bundleApp } from './bundle-app';
export { externalPackages } from './external-packages';
export { NODE_BUNDLE } from './node-bundle';
export { type PackManifestOptions, packManifest, writePackManifest } from './pack-manifest';
