// Fixture paths from before the one-name-per-page layout (issue 12), still read by tests outside the
// fixtures' owners (db-upgrade, tmall-advice). readFixture/loadFixture/extractFixture resolve them; delete an
// entry once no test names it (grep for the old path), and the file when empty.

export const LEGACY_FIXTURE_PATHS: Readonly<Record<string, string>> = {
  'amazon/ads/campaigns-en.html': 'amazon/ads-campaigns/campaigns-en.html',
  'amazon/ads/keywords-en.html': 'amazon/ads-keywords/keywords-en.html',
  'amazon/ads/search-terms-en.html': 'amazon/ads-search-terms/search-terms-en.html',
  'amazon/ads/search-terms-de.html': 'amazon/ads-search-terms/search-terms-de.html',
  'tmall/item/taobao-item.html': 'taobao/item/taobao-item.html',
  'sycm/item-rank.html': 'tmall/sycm-items/item-rank.html',
  'sycm/item-rank-empty.html': 'tmall/sycm-items/item-rank-empty.html',
  'sycm/item-rank-loading.html': 'tmall/sycm-items/item-rank-loading.html',
  'sycm/signed-out.html': 'tmall/sycm-items/signed-out.html',
  'sycm/keywords.html': 'tmall/sycm-keywords/keywords.html',
  'subway/keywords.html': 'tmall/subway-keywords/keywords.html',
  'subway/report.html': 'tmall/subway-report/report.html',
  'wanxiangtai/plans.html': 'tmall/wanxiangtai-plans/plans.html',
  'qianniu/on-sale.html': 'taobao/qianniu-items/on-sale.html',
};
