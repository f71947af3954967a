export { externalPackages } from './external-packages';
export { type PackManifestOptions, packManifest, writePackManifest } from './pack-manifest';
