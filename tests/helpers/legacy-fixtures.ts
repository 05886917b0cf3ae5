// Fixture paths from before the one-name-per-page layout (issue 12) that a test outside the fixtures' owners
// still names (tests/unit/db-upgrade.test.ts): readFixture, loadFixture and extractFixture resolve them. Delete
// an entry once no test names its old path, and this file when it is empty.

export const LEGACY_FIXTURE_PATHS: Readonly<Record<string, string>> = {
  'amazon/ads/keywords-en.html': 'amazon/ads-keywords/keywords-en.html',
  'sycm/item-rank.html': 'tmall/sycm-items/item-rank.html',
};
