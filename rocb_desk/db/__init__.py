"""The database layer: typed models, the engine, migrations. Imports only domain/."""
