package dev.gazette.ui;

import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    private WebView web;

    @Start
    void start(Stage stage) {
        web = new WebView();
        web.getEngine().setJavaScriptEnabled(false);
        stage.setScene(new Scene(web, 400, 300));
        stage.show();
    }

    @Test
    void webViewRendersWithoutDisplay() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> web.getEngine().loadContent("<html><body><p id='x'>Hello</p></body></html>")).get();
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        String text = WaitForAsyncUtils.asyncFx(() -> web.getEngine().getDocument() == null ? null
                : web.getEngine().getDocument().getElementById("x").getTextContent()).get();
        assertThat(text).isEqualTo("Hello");
    }
}
