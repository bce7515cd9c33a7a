-- The twelve provinces and their provinciehuis (DOMAIN.md). PS seats after the 2023 elections (572).
-- Some postcodes and house numbers come from memory: organisers can correct them in the app.
INSERT INTO province (code, name, capital, venue_name, venue_street, venue_postcode, venue_city, ps_seats) VALUES
('GR', 'Groningen',     'Groningen',        'Provinciehuis Groningen',     'Martinikerkhof 12',   '9712 JG', 'Groningen',        43),
('FR', 'Fryslân',       'Leeuwarden',       'Provinsjehûs Fryslân',        'Tweebaksmarkt 52',    '8911 KZ', 'Leeuwarden',       43),
('DR', 'Drenthe',       'Assen',            'Provinciehuis Drenthe',       'Westerbrink 1',       '9405 BJ', 'Assen',            43),
('OV', 'Overijssel',    'Zwolle',           'Provinciehuis Overijssel',    'Luttenbergstraat 2',  '8012 EE', 'Zwolle',           47),
('FL', 'Flevoland',     'Lelystad',         'Provinciehuis Flevoland',     'Visarenddreef 1',     '8232 PH', 'Lelystad',         41),
('GE', 'Gelderland',    'Arnhem',           'Huis der Provincie',          'Markt 11',            '6811 CG', 'Arnhem',           55),
('UT', 'Utrecht',       'Utrecht',          'Provinciehuis Utrecht',       'Archimedeslaan 6',    '3584 BA', 'Utrecht',          49),
('NH', 'Noord-Holland', 'Haarlem',          'Provinciehuis Noord-Holland', 'Dreef 3',             '2012 HR', 'Haarlem',          55),
('ZH', 'Zuid-Holland',  'Den Haag',         'Provinciehuis Zuid-Holland',  'Zuid-Hollandplein 1', '2596 AW', 'Den Haag',         55),
('ZE', 'Zeeland',       'Middelburg',       'Provinciehuis Zeeland',       'Abdij 6',             '4331 BK', 'Middelburg',       39),
('NB', 'Noord-Brabant', '''s-Hertogenbosch', 'Provinciehuis Noord-Brabant', 'Brabantlaan 1',       '5216 TV', '''s-Hertogenbosch', 55),
('LI', 'Limburg',       'Maastricht',       'Gouvernement aan de Maas',    'Limburglaan 10',      '6229 GA', 'Maastricht',       47);
