//! Exports: DOT, GraphML, GEXF, Neo4j CSV, Cytoscape JSON.
