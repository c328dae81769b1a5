import { Matches } from 'class-validator';

/** The one rule for a payee's card number, for claims and the card on file alike. */
export const IsBankAccount = (): PropertyDecorator => Matches(/^\d{12,19}$/, { message: '银行卡号应为12到19位数字' });
