"""Draw the placeholder emblem `logo.png` of the letterhead (600 x 600 px, transparent).

    python resources/letterhead/make_logo.py

A blue disc with a stylised globe under an orbit, and the letters "ROCB" and "EUROPE",
in the office's own font. It is drawn by the project and copies no real logo: replace
`logo.png` with the office's own emblem of the same name (see README.md). Needs Pillow,
which comes with reportlab; the application itself never runs this script.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "DejaVuSans-Bold.ttf"
SIZE = 600
SCALE = 4  # drawn four times larger, then scaled down: smooth edges

BLUE = (0, 74, 140, 255)  # the blue of the certificates and the letter's rule
LIGHT = (150, 196, 236, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = SIZE) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    centre = big / 2

    def circle(cx: float, cy: float, r: float, **style: object) -> None:
        pen.ellipse((cx - r, cy - r, cx + r, cy + r), **style)

    circle(centre, centre, big * 0.49, fill=BLUE)
    circle(centre, centre, big * 0.455, outline=WHITE, width=round(big * 0.012))

    # The globe: an outline, two meridians either side of a straight one, three parallels.
    gx, gy, g = centre, centre - big * 0.13, big * 0.185
    line = round(big * 0.011)
    circle(gx, gy, g, outline=WHITE, width=round(big * 0.014))
    for share in (0.38, 0.75):
        pen.ellipse((gx - g * share, gy - g, gx + g * share, gy + g), outline=WHITE, width=line)
    pen.line((gx, gy - g, gx, gy + g), fill=WHITE, width=line)
    for height in (-0.5, 0.0, 0.5):
        y = gy + g * height
        half = (g * g - (g * height) ** 2) ** 0.5
        pen.line((gx - half, y, gx + half, y), fill=WHITE, width=line)
    # An orbit around it, open at the top right.
    orbit = (gx - g * 1.55, gy - g * 0.55, gx + g * 1.55, gy + g * 0.62)
    pen.arc(orbit, start=-20, end=200, fill=LIGHT, width=round(big * 0.016))

    _text(pen, "ROCB", centre, centre + big * 0.17, big * 0.165, WHITE, tracking=0.04)
    _text(pen, "EUROPE", centre, centre + big * 0.305, big * 0.068, LIGHT, tracking=0.3)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def _text(
    pen: ImageDraw.ImageDraw,
    text: str,
    cx: float,
    cy: float,
    size: float,
    fill: tuple[int, int, int, int],
    tracking: float,
) -> None:
    """`text` centred on (cx, cy), its letters `tracking` em apart beyond their width."""
    font = ImageFont.truetype(str(FONT), round(size))
    gap = size * tracking
    widths = [font.getlength(char) for char in text]
    x = cx - (sum(widths) + gap * (len(text) - 1)) / 2
    for char, width in zip(text, widths, strict=True):
        pen.text((x, cy), char, font=font, fill=fill, anchor="lm")
        x += width + gap


if __name__ == "__main__":
    draw().save(HERE / "logo.png", optimize=True)
