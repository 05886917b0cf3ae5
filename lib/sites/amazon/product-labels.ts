// Labels of the product page in the marketplaces' languages (PAGE-FACTS.md, Amazon product page).

export const BSR_LABEL =
  /Best Sellers Rank|Bestsellers Rank|Bestseller-Rang|売れ筋ランキング|Classement des meilleures ventes|Posizione nella classifica Bestseller|Clasificación en los más vendidos/i;

export const SOLD_BY_LABEL = /^(Sold by|Verkauft von|販売元|Vendu par|Venduto da|Vendido por)$/i;

export const SOLD_BY_PATTERNS = [
  /sold by ([^.(]+)/i,
  /Verkauft von ([^.(]+)/i,
  /Vendu par ([^.(]+)/i,
  /Venduto da ([^.(]+)/i,
  /Vendido por ([^.(]+)/i,
  /販売元\s*[:：]?\s*([^。(]+)/,
];

export const BRAND_PATTERNS = [
  /^Visit the (.+?) Store$/i,
  /^Brand:\s*(.+)$/i,
  /^Besuchen Sie den (.+?)-Store$/i,
  /^Marke:\s*(.+)$/i,
  /^Visiter la boutique (.+)$/i,
  /^Marque\s*:\s*(.+)$/i,
  /^Visita lo Store di (.+)$/i,
  /^Marca:\s*(.+)$/i,
  /^Visita la tienda de (.+)$/i,
  /^ブランド\s*[:：]\s*(.+)$/,
  /^(.+?)のストアを表示$/,
];

export const AVAILABILITY_OUT =
  /currently unavailable|out of stock|derzeit nicht verfügbar|nicht auf lager|現在在庫切れ|在庫切れ|actuellement indisponible|non disponibile|no disponible|temporairement en rupture/i;

export const AVAILABILITY_IN =
  /in stock|available from these sellers|verfügbar bei diesen verkäufern|auf lager|在庫あり|en stock|disponibilità immediata|disponible|only \d+ left|nur noch \d+|残り\d+点/i;

// `2K+ bought in past month`, `Mehr als 1.000 Mal im letzten Monat gekauft`, `1 Tsd.+ mal im letzten Monat gekauft`,
// `Plus de 200 achetés au cours du mois dernier`, `Más de 50 comprados el mes pasado`, `Oltre 100 acquisti nel mese
// scorso`, `過去1か月で100点以上購入されました`.
export const BOUGHT_PHRASE =
  /bought in (?:the )?past month|im letzten Monat gekauft|achetés au cours du mois dernier|comprados el mes pasado|acquist[ia] nel mese scorso|[かヶケカ]月で.*購入/i;

// The period a phrase counts over has a number of its own (`過去1か月で`): it is never the count.
export const BOUGHT_PERIOD = /過去\s*\d+\s*[かヶケカ]月(?:間)?で?/g;

export const AUTHOR_ROLE = /\((?:Author|Autor|Auteur|Autore|Autor, |著|作者)[^)]*\)/i;
