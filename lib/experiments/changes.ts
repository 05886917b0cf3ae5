/** What an experiment changes (no schema here: the product card lists them). */
export const CHANGES = ['price', 'mainImage', 'title', 'coupon', 'bid'] as const;
