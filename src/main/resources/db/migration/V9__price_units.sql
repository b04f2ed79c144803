-- What the price comparison needs: the units unit prices are compared in, and an index to find the priced award
-- items of a classification prefix.

-- A unit name as written by publishers, made comparable: upper case, no accents, no dots, single spaces.
-- "Kg.", "KG" and "kg" all become "KG"; "Galón" becomes "GALON".
create function price_unit_key(name text) returns text
    language sql immutable strict parallel safe
    return nullif(btrim(regexp_replace(replace(upper(unaccented(name)), '.', ''), '\s+', ' ', 'g')), '');

-- Unit names that are only other spellings, or exact multiples, of a unit prices are compared in: one of
-- `unit_key` is `factor` of `unit`. Only conversions fixed by definition are here (a gallon is 3.785411784
-- litres, a quintal 100 pounds); names whose meaning varies (a box, a pair, a tablet, a month against a day) are
-- left out and so compared only with the same name. "ML" is left out too: it is written for millilitres and for
-- linear metres.
create table price_unit (
    unit_key text primary key,
    unit     text not null,
    factor   numeric not null check (factor > 0)
);

insert into price_unit (unit_key, unit, factor) values
    ('UNIDAD', 'unidad', 1), ('UNIDADES', 'unidad', 1), ('UNID', 'unidad', 1), ('UND', 'unidad', 1),
    ('UNDS', 'unidad', 1), ('UN', 'unidad', 1), ('U', 'unidad', 1), ('UNI', 'unidad', 1), ('UNIT', 'unidad', 1),
    ('C/U', 'unidad', 1), ('PIEZA', 'unidad', 1), ('PIEZAS', 'unidad', 1), ('PZA', 'unidad', 1),
    ('DOCENA', 'unidad', 12), ('CIENTO', 'unidad', 100), ('MILLAR', 'unidad', 1000),
    ('KILOGRAMO', 'kilogramo', 1), ('KILOGRAMOS', 'kilogramo', 1), ('KG', 'kilogramo', 1), ('KGS', 'kilogramo', 1),
    ('KILO', 'kilogramo', 1), ('KILOS', 'kilogramo', 1),
    ('GRAMO', 'kilogramo', 0.001), ('GRAMOS', 'kilogramo', 0.001), ('G', 'kilogramo', 0.001),
    ('GR', 'kilogramo', 0.001), ('GRS', 'kilogramo', 0.001),
    ('MILIGRAMO', 'kilogramo', 0.000001), ('MILIGRAMOS', 'kilogramo', 0.000001), ('MG', 'kilogramo', 0.000001),
    ('TONELADA', 'kilogramo', 1000), ('TONELADAS', 'kilogramo', 1000), ('TON', 'kilogramo', 1000),
    ('TM', 'kilogramo', 1000),
    ('LIBRA', 'kilogramo', 0.45359237), ('LIBRAS', 'kilogramo', 0.45359237), ('LB', 'kilogramo', 0.45359237),
    ('LBS', 'kilogramo', 0.45359237), ('QUINTAL', 'kilogramo', 45.359237), ('QUINTALES', 'kilogramo', 45.359237),
    ('QQ', 'kilogramo', 45.359237),
    ('LITRO', 'litro', 1), ('LITROS', 'litro', 1), ('L', 'litro', 1), ('LT', 'litro', 1), ('LTS', 'litro', 1),
    ('LTR', 'litro', 1),
    ('MILILITRO', 'litro', 0.001), ('MILILITROS', 'litro', 0.001), ('CC', 'litro', 0.001), ('CM3', 'litro', 0.001),
    ('GALON', 'litro', 3.785411784), ('GALONES', 'litro', 3.785411784), ('GAL', 'litro', 3.785411784),
    ('METRO CUBICO', 'litro', 1000), ('METROS CUBICOS', 'litro', 1000), ('M3', 'litro', 1000),
    ('METRO', 'metro', 1), ('METROS', 'metro', 1), ('M', 'metro', 1), ('MT', 'metro', 1), ('MTS', 'metro', 1),
    ('METRO LINEAL', 'metro', 1), ('METROS LINEALES', 'metro', 1),
    ('KILOMETRO', 'metro', 1000), ('KILOMETROS', 'metro', 1000), ('KM', 'metro', 1000),
    ('CENTIMETRO', 'metro', 0.01), ('CENTIMETROS', 'metro', 0.01), ('CM', 'metro', 0.01),
    ('METRO CUADRADO', 'metro cuadrado', 1), ('METROS CUADRADOS', 'metro cuadrado', 1),
    ('M2', 'metro cuadrado', 1), ('MT2', 'metro cuadrado', 1), ('MTS2', 'metro cuadrado', 1),
    ('HECTAREA', 'metro cuadrado', 10000), ('HECTAREAS', 'metro cuadrado', 10000), ('HA', 'metro cuadrado', 10000),
    ('MES', 'mes', 1), ('MESES', 'mes', 1), ('ANO', 'mes', 12), ('ANOS', 'mes', 12);

-- A pack of a stated number of units ("CAJA X 50", "PAQUETE DE 100 UNIDADES"): that number; null for any other
-- name. Only packs of plain units: "CAJA X 100 TABLETAS" is not read as 100 units.
create function price_pack_size(unit_key text) returns numeric
    language sql immutable strict parallel safe
    return ((regexp_match(unit_key,
        '^(?:CAJA|CAJAS|PAQUETE|PAQUETES|PAQ|FUNDA|FUNDAS|BOLSA|BOLSAS|PACK|BLISTER) ?(?:X|DE|POR|DE X|CON) ?'
        || '([1-9][0-9]{0,5}) ?(?:UNIDADES|UNIDAD|UNID|UNDS|UND|U)?$'))[1])::numeric;

-- The priced items of awards, by classification prefix: the rows every price comparison starts from.
create index item_award_price_idx on item (classification_id text_pattern_ops)
    where scope = 'award' and unit_value_amount > 0;
