-- Which contracted provider offers which product: a proposal offers only the providers of the chosen product. The
-- administrator keeps this with the product (casework.ui.ProductForm); the providers and products of V3 start with
-- what they are contracted for.
create table provider_product (
    provider_id bigint not null references provider (id),
    product_id  bigint not null references product (id),
    primary key (product_id, provider_id)
);

create index provider_product_provider_idx on provider_product (provider_id);

insert into provider_product (provider_id, product_id)
select v.id, p.id
from (values
          ('Stichting De Brug Jeugdhulp', '45A01'), ('Stichting De Brug Jeugdhulp', '45A03'),
          ('Stichting De Brug Jeugdhulp', '43A01'), ('Stichting De Brug Jeugdhulp', '43A02'),
          ('Stichting De Brug Jeugdhulp', '44A04'),
          ('Polderhart Zorgcoöperatie', '45A01'), ('Polderhart Zorgcoöperatie', '45A02'),
          ('Polderhart Zorgcoöperatie', '46A01'), ('Polderhart Zorgcoöperatie', '47A01'),
          ('Polderhart Zorgcoöperatie', '55A01'), ('Polderhart Zorgcoöperatie', '44A03'),
          ('Polderhart Zorgcoöperatie', '90002'), ('Polderhart Zorgcoöperatie', '02A01'),
          ('GGZ De Horizon', '45A02'), ('GGZ De Horizon', '54A01'), ('GGZ De Horizon', '54A02'),
          ('Pleegzorg Flevoland-Midden', '44A01'),
          ('Gezinshuis De Linde', '45A04'), ('Gezinshuis De Linde', '44A02'),
          ('Thuiszorg Het Baken', '01A01'), ('Thuiszorg Het Baken', '02A01'), ('Thuiszorg Het Baken', '06A01'),
          ('Dagbesteding De Werkplaats', '04A01'), ('Dagbesteding De Werkplaats', '05A01'),
          ('Hulpmiddelencentrum Noord', '05A02'), ('Hulpmiddelencentrum Noord', '07A01'),
          ('Hulpmiddelencentrum Noord', '07A02'), ('Hulpmiddelencentrum Noord', '08A01'),
          ('Werkbedrijf Gemeente', 'PW01'), ('Werkbedrijf Gemeente', 'PW02'), ('Werkbedrijf Gemeente', 'RE01'),
          ('Werkbedrijf Gemeente', 'BW01'),
          ('Schuldhulp Op Orde', 'SH01')) as offer (provider, product)
         join provider v on v.name = offer.provider
         join product p on p.code = offer.product;
