// The review workspace's URLs, in one place.

export const REVIEW_PATH = '/review';
export const REVIEW_ASSETS = `${REVIEW_PATH}/assets`;

export const isReviewPath = (pathname: string): boolean =>
  pathname === REVIEW_PATH || pathname.startsWith(`${REVIEW_PATH}/`);

export const reviewUrl = (docId: string): string => `${REVIEW_PATH}/${encodeURIComponent(docId)}`;
export const withdrawUrl = (docId: string): string => `${REVIEW_PATH}/withdraw/${encodeURIComponent(docId)}`;
export const signInUrl = (base: string, token: string): string =>
  `${base}${REVIEW_PATH}/sign-in?token=${encodeURIComponent(token)}`;
