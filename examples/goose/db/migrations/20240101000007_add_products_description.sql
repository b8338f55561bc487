-- +goose Up
ALTER TABLE products ADD COLUMN description text;

-- +goose Down
ALTER TABLE products DROP COLUMN description;
