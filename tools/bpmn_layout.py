#!/usr/bin/env python3
"""Draws the diagram (BPMN DI) of a hand-written BPMN file so Cockpit and the coverage report can show it.

    python3 tools/bpmn_layout.py processes/*.bpmn

The process itself is left exactly as it is; only <bpmndi:BPMNDiagram> elements are replaced.
Layout: flow nodes in columns by their longest distance from a start event (loops ignored), rows in
order of discovery; boundary events sit on their task's lower edge and what follows them goes in a
row of its own; each sub-process is drawn collapsed with its own drill-down diagram.
"""
import sys
import xml.etree.ElementTree as ET

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
    'camunda': 'http://camunda.org/schema/1.0/bpmn',
    'xsi': 'http://www.w3.org/2001/XMLSchema-instance',
}
for prefix, uri in NS.items():
    ET.register_namespace(prefix, uri)
B = '{%s}' % NS['bpmn']
EVENTS = {'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent'}
GATEWAYS = {'exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway', 'complexGateway'}
SKIP = {'sequenceFlow', 'documentation', 'extensionElements', 'laneSet', 'textAnnotation', 'association',
        'multiInstanceLoopCharacteristics', 'incoming', 'outgoing', 'ioSpecification', 'property'}
COLUMN, ROW = 190, 130


def size(tag):
    if tag in EVENTS:
        return 36, 36
    if tag in GATEWAYS:
        return 50, 50
    return 120, 80


def local(tag):
    return tag.split('}')[1]


def layout(container):
    """Returns shapes {id: (x, y, w, h, tag)} and edges [(flow id, points)] for one process or sub-process."""
    nodes = {}
    for child in container:
        tag = local(child.tag)
        if tag not in SKIP and child.get('id'):
            nodes[child.get('id')] = child
    flows = [f for f in container if local(f.tag) == 'sequenceFlow']
    out = {n: [] for n in nodes}
    for f in flows:
        out.setdefault(f.get('sourceRef'), []).append(f.get('targetRef'))
    boundary = {n: e.get('attachedToRef') for n, e in nodes.items() if local(e.tag) == 'boundaryEvent'}

    # Columns: longest path from a start event over the graph without its loops. A boundary
    # event shares its task's column; what follows it goes one column further.
    succ = {n: list(out.get(n, [])) for n in nodes}
    for b, host in boundary.items():
        succ.setdefault(host, []).append(b)
    back, state, order = set(), {}, []

    def classify(node):
        state[node] = 'open'
        for target in succ.get(node, []):
            if target not in nodes:
                continue
            if state.get(target) == 'open':
                back.add((node, target))
            elif target not in state:
                classify(target)
        state[node] = 'done'
        order.append(node)

    starts = [n for n, e in nodes.items() if local(e.tag) == 'startEvent'] or list(nodes)[:1]
    for n in starts + list(nodes):
        if n not in state:
            classify(n)
    order.reverse()
    column = {n: 0 for n in nodes}
    for node in order:
        for target in succ.get(node, []):
            if target in nodes and (node, target) not in back:
                step = 0 if target in boundary else 1
                column[target] = max(column[target], column[node] + step)

    # Rows: a node keeps the row of the node that led to it when that cell is free; branches and
    # what follows a boundary event drop to the next free row below.
    row, taken = {}, set()

    def place(node, wanted):
        r = wanted
        while (column[node], r) in taken:
            r += 1
        row[node] = r
        taken.add((column[node], r))

    def reach(node):
        seen, stack = set(), [node]
        while stack:
            for target in out.get(stack.pop(), []):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return len(seen)

    def spread(node):
        # The branch that leads furthest stays on the row; shorter branches drop below it.
        targets = sorted((t for t in out.get(node, []) if t not in row and t not in boundary), key=lambda t: -reach(t))
        for i, target in enumerate(targets):
            place(target, row[node] + (0 if i == 0 else 1))
            spread(target)
        for b, host in boundary.items():
            if host == node:
                row[b] = row[node]
                for target in out.get(b, []):
                    if target not in row:
                        place(target, row[node] + 1)
                        spread(target)

    for n in order:
        if n not in row and n not in boundary:
            place(n, 0)
            spread(n)
    shapes = {}
    for n in order:
        if n in boundary or n not in row:
            continue
        w, h = size(local(nodes[n].tag))
        x = 60 + column[n] * COLUMN + (120 - w) / 2
        y = 60 + row[n] * ROW + (80 - h) / 2
        shapes[n] = (x, y, w, h, local(nodes[n].tag))
    per_host = {}
    for b, host in boundary.items():
        hx, hy, hw, hh, _ = shapes[host]
        k = per_host.get(host, 0)
        per_host[host] = k + 1
        shapes[b] = (hx + hw - 28 - 40 * k, hy + hh - 18, 36, 36, 'boundaryEvent')

    edges = []
    for f in flows:
        s, t = shapes.get(f.get('sourceRef')), shapes.get(f.get('targetRef'))
        if not s or not t:
            continue
        if s[4] == 'boundaryEvent':
            start = (s[0] + s[2] / 2, s[1] + s[3])
            end = (t[0], t[1] + t[3] / 2)
            points = [start, (start[0], end[1]), end]
        else:
            start = (s[0] + s[2], s[1] + s[3] / 2)
            end = (t[0], t[1] + t[3] / 2)
            if t[0] <= s[0]:
                low = max(s[1] + s[3], t[1] + t[3]) + 25
                points = [(s[0] + s[2] / 2, s[1] + s[3]), (s[0] + s[2] / 2, low), (t[0] + t[2] / 2, low),
                          (t[0] + t[2] / 2, t[1] + t[3])]
            elif abs(start[1] - end[1]) < 1:
                points = [start, end]
            else:
                mid = start[0] + 20
                points = [start, (mid, start[1]), (mid, end[1]), end]
        edges.append((f.get('id'), points))
    return shapes, edges


def diagram(plane_element, shapes, edges, diagram_id):
    d = ET.Element('{%s}BPMNDiagram' % NS['bpmndi'], {'id': 'Diagram_' + diagram_id})
    plane = ET.SubElement(d, '{%s}BPMNPlane' % NS['bpmndi'],
                          {'id': 'Plane_' + diagram_id, 'bpmnElement': plane_element})
    for n, (x, y, w, h, tag) in shapes.items():
        attrs = {'id': n + '_di', 'bpmnElement': n}
        if tag == 'subProcess':
            attrs['isExpanded'] = 'false'
        if tag == 'exclusiveGateway':
            attrs['isMarkerVisible'] = 'true'
        shape = ET.SubElement(plane, '{%s}BPMNShape' % NS['bpmndi'], attrs)
        ET.SubElement(shape, '{%s}Bounds' % NS['dc'],
                      {'x': '%d' % x, 'y': '%d' % y, 'width': '%d' % w, 'height': '%d' % h})
    for flow_id, points in edges:
        edge = ET.SubElement(plane, '{%s}BPMNEdge' % NS['bpmndi'], {'id': flow_id + '_di', 'bpmnElement': flow_id})
        for px, py in points:
            ET.SubElement(edge, '{%s}waypoint' % NS['di'], {'x': '%d' % px, 'y': '%d' % py})
    return d


def main(paths):
    for path in paths:
        tree = ET.parse(path)
        root = tree.getroot()
        for old in root.findall('bpmndi:BPMNDiagram', NS):
            root.remove(old)
        for process in root.findall('bpmn:process', NS):
            containers = [process] + list(process.iter(B + 'subProcess'))
            for container in containers:
                shapes, edges = layout(container)
                root.append(diagram(container.get('id'), shapes, edges, container.get('id')))
        ET.indent(tree, space='  ')
        tree.write(path, encoding='UTF-8', xml_declaration=True)
        print('laid out', path)


if __name__ == '__main__':
    main(sys.argv[1:])
