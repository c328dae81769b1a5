import { idNumberCheckChar } from './id-number';
import { validateEmployer, validateJoinForm, validateJoinIdNumber, validateOccupation, validateWorkDistrict } from './join-form';

const TODAY = new Date('2026-11-24T12:00:00+08:00');
const idBornOn = (yyyymmdd: string): string => {
  const first17 = `110105${yyyymmdd}123`;
  return first17 + idNumberCheckChar(first17);
};

const valid = {
  name: '王小明',
  idNumber: idBornOn('19900101'),
  phone: '13812345678',
  occupation: 'delivery-rider',
  employer: '美团',
  workDistrict: '110115',
};

describe('validateJoinIdNumber', () => {
  it('accepts someone who turned 16 today', () => {
    expect(validateJoinIdNumber(idBornOn('20101124'), TODAY)).toMatchObject({ ok: true, birthDate: '2010-11-24' });
  });

  it('refuses someone who turns 16 tomorrow, saying why', () => {
    expect(validateJoinIdNumber(idBornOn('20101125'), TODAY)).toEqual({
      ok: false,
      reason: 'JOIN_UNDER_AGE',
      message: '年满16周岁才能入会，请核对出生日期',
    });
  });

  it('passes the ID number checks through', () => {
    const wrongCheck = idBornOn('19900101').slice(0, 17) + (idBornOn('19900101').endsWith('0') ? '1' : '0');
    expect(validateJoinIdNumber(wrongCheck, TODAY)).toMatchObject({ ok: false, reason: 'ID_CHECK_DIGIT' });
    expect(validateJoinIdNumber(idBornOn('19900230'), TODAY)).toMatchObject({ ok: false, reason: 'ID_BIRTH_DATE' });
  });
});

describe('the other join fields', () => {
  it('trims the employer and bounds its length', () => {
    expect(validateEmployer('  京东  物流 ')).toEqual({ ok: true, value: '京东 物流' });
    expect(validateEmployer('')).toMatchObject({ ok: false, message: '请填写工作单位或平台，如“美团”' });
    expect(validateEmployer('美')).toMatchObject({ ok: false, reason: 'EMPLOYER_LENGTH' });
    expect(validateEmployer('美'.repeat(51))).toMatchObject({ ok: false, reason: 'EMPLOYER_LENGTH' });
  });

  it('accepts only listed occupations and Beijing districts', () => {
    expect(validateOccupation('courier').ok).toBe(true);
    expect(validateOccupation('astronaut')).toMatchObject({ ok: false, message: '请选择您的职业' });
    expect(validateWorkDistrict('110106').ok).toBe(true);
    expect(validateWorkDistrict('310101')).toMatchObject({ ok: false, message: '请选择工作所在的区' });
  });
});

describe('validateJoinForm', () => {
  it('finds nothing wrong with a complete form', () => {
    expect(validateJoinForm(valid, { today: TODAY, checkPhone: true })).toEqual({});
  });

  it('names every wrong field with a message that says how to fix it', () => {
    const errors = validateJoinForm(
      { name: '王', idNumber: '1101', phone: '1234', occupation: '', employer: '', workDistrict: '' },
      { today: TODAY, checkPhone: true },
    );
    expect(Object.keys(errors).sort()).toEqual(['employer', 'idNumber', 'name', 'occupation', 'phone', 'workDistrict']);
    expect(errors.idNumber).toBe('身份证号码应为18位，您输入了4位，请核对');
    for (const message of Object.values(errors)) expect(message).toMatch(/^[\u4e00-\u9fff]/);
  });

  it('leaves the phone alone when WeChat supplies it', () => {
    expect(validateJoinForm({ ...valid, phone: undefined }, { today: TODAY, checkPhone: false })).toEqual({});
  });
});
