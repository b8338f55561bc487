-- migrate:up
ALTER TABLE products ADD COLUMN description text;

-- migrate:down
ALTER TABLE products DROP COLUMN description;
