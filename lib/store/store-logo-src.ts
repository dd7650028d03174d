// Without data access: the admin form (a client component) and the tracking page both use it.

/** Where the uploaded logo of this version is served; a new upload is a new URL, so it caches. */
export function uploadedLogoSrc(version: string): string {
  return `/api/store/logo?v=${encodeURIComponent(version)}`;
}

/** The image a page shows for the store: the uploaded logo, else the URL the admin gave. */
export function storeLogoSrc(profile: {
  uploadedLogoVersion: string | null;
  logoUrl: string | null;
}): string | null {
  return profile.uploadedLogoVersion
    ? uploadedLogoSrc(profile.uploadedLogoVersion)
    : profile.logoUrl;
}
