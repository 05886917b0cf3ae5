// Seller Central hosts: one per region, plus the older per-country hosts.
const HOSTS = /^sellercentral(?:-europe|-japan)?\.amazon\.(?:com|ca|co\.uk|de|fr|it|es|co\.jp)$/;

export function isSellerCentralHost(host: string): boolean {
  return HOSTS.test(host);
}

export const SELLER_CENTRAL_MATCH_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.co.jp',
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
];

/** Seller Central and the ads console show Amazon's sign-in form when the session ended. */
export function sellerCentralSignedOut(doc: Document): boolean {
  return doc.querySelector('#ap_email, form[name="signIn"], #ap_login_form, #signInSubmit') !== null;
}
