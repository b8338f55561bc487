/**
 * Schema snapshots, the public surface: the model (snapshot-model.ts), reading it from the catalog
 * (snapshot-read.ts) and rendering it as text (snapshot-render.ts).
 */
export type {
  ColumnModel,
  ConstraintModel,
  ExtensionModel,
  ForeignKeyModel,
  FunctionModel,
  IndexModel,
  PolicyModel,
  ReadSchemaOptions,
  SchemaModel,
  SequenceModel,
  TableModel,
  TriggerModel,
  TypeModel,
  ViewModel,
} from './snapshot-model.js';
export { readSchema } from './snapshot-read.js';
export { renderSchema } from './snapshot-render.js';
