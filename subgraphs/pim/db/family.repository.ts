import type { Db } from '../../../lib/db.ts';
import type { CategoryRow, FamilyAttributeRow, FamilyRow } from './rows.ts';

export function allFamilies(db: Db): Promise<FamilyRow[]> {
  return db.query<FamilyRow>('SELECT code, name FROM families ORDER BY code');
}

export function familiesByCodes(db: Db, codes: readonly string[]): Promise<FamilyRow[]> {
  return db.query<FamilyRow>('SELECT code, name FROM families WHERE code = ANY($1::text[])', [codes]);
}

export function categoriesByCodes(db: Db, codes: readonly string[]): Promise<CategoryRow[]> {
  return db.query<CategoryRow>('SELECT code, family_code, name FROM categories WHERE code = ANY($1::text[])', [codes]);
}

export function categoriesByFamilies(db: Db, familyCodes: readonly string[]): Promise<CategoryRow[]> {
  return db.query<CategoryRow>(
    'SELECT code, family_code, name FROM categories WHERE family_code = ANY($1::text[]) ORDER BY family_code, code',
    [familyCodes],
  );
}

/** Each family's attributes with their definitions, in the family's display order. */
export function familyAttributesByFamilies(db: Db, familyCodes: readonly string[]): Promise<FamilyAttributeRow[]> {
  return db.query<FamilyAttributeRow>(
    `SELECT fa.family_code, fa.required, fa.position, d.code, d.label, d.data_type, d.unit
     FROM family_attributes fa
     JOIN attribute_definitions d ON d.code = fa.attribute_code
     WHERE fa.family_code = ANY($1::text[])
     ORDER BY fa.family_code, fa.position, d.code`,
    [familyCodes],
  );
}
