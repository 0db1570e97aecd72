package dev.gazette.ui;

import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * Small builders shared by the window's menus, context menus and buttons: a menu item whose
 * icon is drawn only when its menu first opens, and a tooltip made when the pointer first
 * comes over its control (each icon and tooltip costs the cold start). Use on the JavaFX thread.
 */
final class MenuItems {

    /** The key under which a menu item keeps the icon it gets when its menu first opens. */
    private static final String ICON = "gazette.icon";

    private MenuItems() {
    }

    /** A menu item with its text, the icon it shows once its menu opens (or none), and its action. */
    static MenuItem item(String text, String icon, EventHandler<ActionEvent> action) {
        MenuItem mi = new MenuItem(text);
        if (icon != null) {
            mi.getProperties().put(ICON, icon); // drawn when its menu first opens (iconsOnShowing)
        }
        mi.setOnAction(action);
        return mi;
    }

    /** Gives the items their icons when the menu (or context menu) first opens. */
    static void iconsOnShowing(EventTarget menu, List<MenuItem> items) {
        EventHandler<Event> once = e -> {
            for (MenuItem mi : items) {
                Object icon = mi.getProperties().remove(ICON);
                if (icon != null && mi.getGraphic() == null) {
                    mi.setGraphic(new FontIcon((String) icon));
                }
            }
        };
        if (menu instanceof Menu m) {
            m.addEventHandler(Menu.ON_SHOWING, once);
        } else if (menu instanceof ContextMenu c) {
            c.addEventHandler(WindowEvent.WINDOW_SHOWING, once);
        }
    }

    /** Gives the control its tooltip when the pointer first comes over it (each tooltip is a window). */
    static void tip(Control c, String text) {
        c.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (c.getTooltip() == null) {
                c.setTooltip(new Tooltip(text));
            }
        });
    }
}
