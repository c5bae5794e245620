//! The attributes GraphML and GEXF both write on nodes and edges, named and
//! typed once: each format declares `NODE_ATTRIBUTES` and `EDGE_ATTRIBUTES`
//! and writes `node_values` and `edge_values` in the same order, so an
//! attribute is added in one place.

use super::{xml_escape, NodeAttrs, PairEdge};
use crate::graph::Node;

/// The value type of an attribute; each format spells it its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AttrType {
    String,
    Integer,
    Boolean,
    Double,
}

/// Node attributes beside the id and the name.
pub(super) const NODE_ATTRIBUTES: [(&str, AttrType); 6] = [
    ("type", AttrType::String),
    ("aliases", AttrType::String),
    ("admin_code", AttrType::String),
    ("mentions", AttrType::Integer),
    ("degree", AttrType::Integer),
    ("community", AttrType::Integer),
];

/// Edge attributes beside the id and the ends.
pub(super) const EDGE_ATTRIBUTES: [(&str, AttrType); 8] = [
    ("kind", AttrType::String),
    ("cooccurs", AttrType::Boolean),
    ("located_in", AttrType::Boolean),
    ("weight", AttrType::Double),
    ("sentence_count", AttrType::Integer),
    ("paragraph_count", AttrType::Integer),
    ("document_count", AttrType::Integer),
    ("evidence_count", AttrType::Integer),
];

/// The values of `NODE_ATTRIBUTES` for `n`, escaped for XML.
pub(super) fn node_values(n: &Node, attrs: &NodeAttrs) -> [String; 6] {
    [
        n.etype.to_string(),
        xml_escape(&attrs.aliases(n.id).join("; ")),
        xml_escape(attrs.admin_code(n.id)),
        n.mentions.to_string(),
        attrs.degree(n.id).to_string(),
        attrs.community(n.id).to_string(),
    ]
}

/// The values of `EDGE_ATTRIBUTES` for `p` (none needs escaping).
pub(super) fn edge_values(p: &PairEdge<'_>) -> [String; 8] {
    let c = p.counts();
    [
        p.kinds().to_string(),
        p.cooccurs.is_some().to_string(),
        p.located_in.is_some().to_string(),
        p.weight().to_string(),
        c.sentence.to_string(),
        c.paragraph.to_string(),
        c.document.to_string(),
        p.evidence().to_string(),
    ]
}
