// Labels of the product page in the marketplaces' languages (PAGE-FACTS.md, Amazon product page).

export const BSR_LABEL =
  /Best Sellers Rank|Bestsellers Rank|Bestseller-Rang|売れ筋ランキング|Classement des meilleures ventes|Posizione nella classifica Bestseller|Clasificación en los más vendidos/i;

export const SOLD_BY_LABEL =
  /^(Sold by|Verkauft von|Verkäufer|販売元|Vendu par|Vendeur|Venduto da|Venditore|Vendido por|Vendedor)$/i;

// `Sold by X and Fulfilled by Amazon.`, `Ships from and sold by Amazon.com.`, `Verkauft von X und versandt von Amazon.`,
// `Vendido y enviado por Amazon.`: the name ends at the fulfilment clause, a sentence's full stop or a parenthesis
// (a dot inside a name such as `Amazon.com` is kept).
const NAME_END = String.raw`(?=\s+(?:and|und|et|e|y)\s+(?:fulfilled|versandt|expédié|spedito|enviado)|\.(?:\s|$)|\s*\(|$)`;
const soldBy = (verb: string) => new RegExp(`${verb}\\s+(.+?)${NAME_END}`, 'i');

export const SOLD_BY_PATTERNS = [
  soldBy('sold by'),
  soldBy('Verkauft (?:und versandt )?von'),
  soldBy('Vendu (?:et expédié )?par'),
  soldBy('Venduto (?:e spedito )?da'),
  soldBy('Vendido (?:y enviado )?por'),
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
