package org.policydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** What a logo upload must be, told by its bytes: PNG or JPEG, at most 1 MB, a real picture of sane size. */
class SchoolLogosTests {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x1d70b8));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aPngIsKeptAsAPngOfTheSameSize() throws IOException {
        byte[] png = SchoolLogos.checkedPng(image("png", 120, 60));

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(stored.getWidth()).isEqualTo(120);
        assertThat(stored.getHeight()).isEqualTo(60);
    }

    @Test
    void aJpegIsStoredAsPng() throws IOException {
        byte[] png = SchoolLogos.checkedPng(image("jpg", 80, 40));

        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(80);
    }

    @Test
    void aGifIsRefusedByItsBytesWhateverItIsCalled() throws IOException {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolLogos.checkedPng(image("gif", 10, 10)))
            .withMessage("The logo must be a PNG or JPEG image.");
    }

    @Test
    void aFileOverOneMegabyteIsRefused() {
        byte[] big = new byte[SchoolLogos.MAX_BYTES + 1];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, big, 0, 8);
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolLogos.checkedPng(big))
            .withMessage("The logo must be 1 MB or smaller.");
    }

    @Test
    void bytesThatOnlyStartLikeAPngAreRefused() {
        byte[] fake = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4, 5};
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolLogos.checkedPng(fake))
            .withMessageStartingWith("The logo could not be read as an image.");
    }

    @Test
    void aPictureWiderThanFourThousandPixelsIsRefusedBeforeItIsDecoded() throws IOException {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolLogos.checkedPng(image("png", 4001, 1)))
            .withMessage("The logo must be at most 4000 pixels wide and high.");
    }

    @Test
    void nothingChosenIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SchoolLogos.checkedPng(new byte[0]))
            .withMessage("Choose the logo file to upload.");
    }
}
