-- migrate:up
CREATE TABLE categories (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id bigint REFERENCES categories (id) ON DELETE SET NULL,
  name text NOT NULL,
  slug text NOT NULL UNIQUE
);
CREATE INDEX categories_parent_id_idx ON categories (parent_id);

-- migrate:down
DROP TABLE categories;
