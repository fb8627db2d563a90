"""`--format gexf`: the actor network for Gephi; edges carry the event count and mean Goldstein."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from veille import __version__, query
from veille.text import one_line

NS = "http://gexf.net/1.3"


def build(con) -> ET.ElementTree:
    nodes, edges = query.actor_network(con)
    root = ET.Element("gexf", {"xmlns": NS, "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = f"veille {__version__}"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_attrs = ET.SubElement(graph, "attributes", {"class": "node"})
    for i, (name, kind) in enumerate(
        (("kind", "string"), ("country", "string"), ("cameo", "string"), ("articles", "integer"))
    ):
        ET.SubElement(node_attrs, "attribute", {"id": str(i), "title": name, "type": kind})
    edge_attrs = ET.SubElement(graph, "attributes", {"class": "edge"})
    ET.SubElement(edge_attrs, "attribute", {"id": "0", "title": "events", "type": "integer"})
    ET.SubElement(edge_attrs, "attribute", {"id": "1", "title": "mean_goldstein", "type": "double"})
    xml_nodes = ET.SubElement(graph, "nodes")
    for node in nodes:
        element = ET.SubElement(
            xml_nodes, "node", {"id": one_line(node["id"]), "label": one_line(node["name"])}
        )
        values = ET.SubElement(element, "attvalues")
        for i, key in enumerate(("kind", "country", "cameo", "n_articles")):
            if node[key] is not None:
                ET.SubElement(values, "attvalue", {"for": str(i), "value": str(node[key])})
    xml_edges = ET.SubElement(graph, "edges")
    for i, edge in enumerate(edges):
        element = ET.SubElement(
            xml_edges,
            "edge",
            {"id": str(i), "source": edge["source"], "target": edge["target"],
             "weight": str(edge["n_events"])},
        )  # fmt: skip
        values = ET.SubElement(element, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "0", "value": str(edge["n_events"])})
        mean = f"{edge['mean_goldstein']:.3f}"
        ET.SubElement(values, "attvalue", {"for": "1", "value": mean})
    ET.indent(root)
    return ET.ElementTree(root)


def write(con, out: Path) -> list[Path]:
    path = out / "actors.gexf"
    build(con).write(path, encoding="utf-8", xml_declaration=True)
    return [path]
