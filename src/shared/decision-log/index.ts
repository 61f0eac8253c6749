export * from './schema';
export * from './chain';
export * from './verify';
export * from './merge';
export * from './outcomes';
export * from './csv';
export * from './from-decision';
export * from './team';
