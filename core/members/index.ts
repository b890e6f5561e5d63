/** Organisations and members: the tree, scoping, member records and CSV import. */
export * from './scope';
export * from './organisations';
export * from './members';
export * from './csv-import';
