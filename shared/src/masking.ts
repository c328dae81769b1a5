/** Masks for personal data in responses and logs: 110***********123X, 138****5678. */
export function maskIdNumber(value: string): string {
  return value.length < 8 ? '*'.repeat(value.length) : `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

export function maskPhone(value: string): string {
  return value.length < 7 ? '*'.repeat(value.length) : `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

export function maskBankAccount(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `**** **** **** ${digits.slice(-4)}`;
}

export function maskName(value: string): string {
  const chars = [...value.trim()];
  return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

// Digit runs not preceded or followed by another digit: an 18-character ID number, a mobile
// number, a 16–19 digit bank card. One pass over the text.
const sensitive = /(?<!\d)(\d{17}[\dXx]|1[3-9]\d{9}|\d{16,19})(?![\dXx])/g;

export function maskSensitiveText(text: string): string {
  return text.replace(sensitive, (match) => {
    if (match.length === 11) return maskPhone(match);
    if (match.length === 18 && /^\d{17}[\dXx]$/.test(match)) return maskIdNumber(match);
    return maskBankAccount(match);
  });
}
