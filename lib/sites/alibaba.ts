// Tmall and Taobao pages (issue 4): item pages, 生意参谋, 直通车, 万相台, 千牛. The adapters are listed in
// product-adapters.ts and console-adapters.ts; this module holds only match patterns (no adapter code).

/** Match patterns of public item pages (quick-glance card). */
export const ALIBABA_PRODUCT_MATCHES: string[] = [
  'https://detail.tmall.com/item.htm*',
  'https://item.taobao.com/item.htm*',
];

// 直通车 and 万相台 route in the fragment, which match patterns never see: their whole app page is matched.
// 生意参谋's /cc/ pages navigate within one app; a signed-out visit lands on its login page.
/** Match patterns of the back-office pages (console content script). */
export const ALIBABA_CONSOLE_MATCHES: readonly string[] = [
  'https://sycm.taobao.com/cc/*',
  'https://sycm.taobao.com/custom/login.htm*',
  'https://subway.simba.taobao.com/*',
  'https://one.alimama.com/index.html*',
  'https://myseller.taobao.com/home.htm/SellManage/*',
];
