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
  // Lookups by id and the form list rather than one selector list, which would visit the whole table.
  return (
    ['ap_email', 'ap_login_form', 'signInSubmit'].some((id) => doc.getElementById(id) !== null) ||
    Array.from(doc.forms).some((f) => f.getAttribute('name') === 'signIn')
  );
}
