-- PIM: product and commercial truth.

CREATE TABLE families (
  code text PRIMARY KEY,                       -- 'fasteners', 'electrical', ...
  name text NOT NULL
);

CREATE TABLE categories (
  code text PRIMARY KEY,                       -- 'fasteners.bolts'
  family_code text NOT NULL REFERENCES families (code),
  name text NOT NULL
);
CREATE INDEX categories_family ON categories (family_code);

-- Attributes a family's products carry; `required` ones count toward completeness.
CREATE TABLE attribute_definitions (
  code text PRIMARY KEY,                       -- 'thread_size', 'voltage'
  label text NOT NULL,
  data_type text NOT NULL CHECK (data_type IN ('text', 'number', 'boolean')),
  unit text
);

CREATE TABLE family_attributes (
  family_code text NOT NULL REFERENCES families (code),
  attribute_code text NOT NULL REFERENCES attribute_definitions (code),
  required boolean NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (family_code, attribute_code)
);

CREATE TABLE products (
  sku text PRIMARY KEY,
  name text NOT NULL,
  description text,                            -- null: not yet enriched
  family_code text NOT NULL REFERENCES families (code),
  category_code text NOT NULL REFERENCES categories (code),
  brand text NOT NULL,
  keywords text[] NOT NULL DEFAULT '{}',
  governance_status text NOT NULL CHECK (governance_status IN ('draft', 'in_review', 'approved', 'retired')),
  updated_at timestamptz NOT NULL,
  -- Lower-cased name, sku, brand and keywords: the text filter searches this one column.
  search_text text NOT NULL
);
CREATE INDEX products_family ON products (family_code, sku);
CREATE INDEX products_category ON products (category_code, sku);

CREATE TABLE product_attribute_values (
  sku text NOT NULL REFERENCES products (sku),
  attribute_code text NOT NULL REFERENCES attribute_definitions (code),
  text_value text,
  number_value numeric,
  boolean_value boolean,
  PRIMARY KEY (sku, attribute_code),
  CHECK (num_nonnulls(text_value, number_value, boolean_value) = 1)
);

CREATE TABLE product_media (
  sku text NOT NULL REFERENCES products (sku),
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('image', 'datasheet', 'cad', 'video')),
  url text NOT NULL,
  alt_text text,
  PRIMARY KEY (sku, position)
);

-- Merchandising relations; segment null means every customer segment.
CREATE TABLE product_relations (
  sku text NOT NULL REFERENCES products (sku),
  related_sku text NOT NULL REFERENCES products (sku),
  kind text NOT NULL CHECK (kind IN ('cross_sell', 'upsell', 'substitute')),
  segment text,
  rank integer NOT NULL,
  CHECK (sku <> related_sku)
);
CREATE UNIQUE INDEX product_relations_unique ON product_relations (sku, kind, related_sku, coalesce(segment, ''));

CREATE TABLE dataset_info (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seed integer NOT NULL,
  scale numeric NOT NULL,
  as_of timestamptz NOT NULL,
  generator_version integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
