<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dmad::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="36"/>
        <source>About DMAD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="40"/>
        <source>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;Visual inspection with a dual memory bank: normal patterns and known defects, learnt from a few labelled images.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="50"/>
        <source>not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="52"/>
        <source>DMAD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="53"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="53"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="55"/>
        <source>OpenCV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="55"/>
        <source>LibTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="65"/>
        <source>&lt;h3&gt;Method&lt;/h3&gt;&lt;p&gt;DMAD follows J. Hu et al., &lt;i&gt;DMAD: Dual Memory Bank for Real-World Anomaly Detection&lt;/i&gt;, arXiv:2403.12362 (2024), implemented anew for this workstation.&lt;/p&gt;&lt;h3&gt;Bundled assets&lt;/h3&gt;&lt;p&gt;The application icon (a magnifier over an inspection grid with one defective cell) was drawn for DMAD Studio and is dedicated to the public domain under &lt;a href=&quot;https://creativecommons.org/publicdomain/zero/1.0/&quot;&gt;CC0 1.0&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;Not bundled&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Backbones&lt;/b&gt;: DMAD Studio ships no network weights. Choose a TorchScript backbone in Settings; &lt;code&gt;export_backbone.py&lt;/code&gt; (installed with the documentation) exports torchvision&apos;s ResNet-18 or WideResNet-50-2 (BSD-3-Clause code; ImageNet-trained weights) on a computer with internet access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sets&lt;/b&gt; are not included; download them from their authors and respect their licences: MVTec AD and MVTec 3D-AD (&lt;a href=&quot;https://www.mvtec.com/company/research/datasets&quot;&gt;mvtec.com&lt;/a&gt;, CC BY-NC-SA 4.0, non-commercial), VisA (Amazon, &lt;a href=&quot;https://github.com/amazon-science/spot-diff&quot;&gt;github.com/amazon-science/spot-diff&lt;/a&gt;, CC BY 4.0), the Describable Textures Dataset used for pseudo anomalies (&lt;a href=&quot;https://www.robots.ox.ac.uk/~vgg/data/dtd/&quot;&gt;robots.ox.ac.uk/~vgg/data/dtd&lt;/a&gt;, research use).&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPL-3.0), OpenCV (Apache-2.0), LibTorch / PyTorch (BSD-3-Clause), QCustomPlot (GPL-3.0), SQLite (public domain), OpenBLAS (BSD-3-Clause).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="90"/>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::AppSettings</name>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="48"/>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="137"/>
        <source>Choose a TorchScript backbone file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="140"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="142"/>
        <source>%1 is a folder, not a backbone file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="144"/>
        <source>%1 cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="146"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="173"/>
        <source>Threads must be 0 (one per core) or 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="180"/>
        <source>Epochs must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="187"/>
        <source>Patches per image must be 0 (all) or 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="194"/>
        <source>The threshold must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="201"/>
        <source>The user name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="226"/>
        <source>Unknown compute device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="312"/>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="325"/>
        <source>Unknown language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::HeatmapOverlay</name>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="62"/>
        <source>The anomaly map has %1 values, which does not match %2 x %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="69"/>
        <source>The anomaly map range [%1, %2] is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="84"/>
        <source>The anomaly map image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageView</name>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="40"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="41"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="42"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="43"/>
        <source>&amp;Actual Size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskCanvas</name>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="58"/>
        <source>&amp;Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="59"/>
        <source>&amp;Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="60"/>
        <source>&amp;Polygon Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="61"/>
        <source>&amp;Lasso Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="62"/>
        <source>&amp;Flood Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="77"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="87"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="78"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="87"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="93"/>
        <source>&amp;Clear Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="95"/>
        <source>Larger Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="97"/>
        <source>Smaller Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="490"/>
        <source>Lasso fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="549"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="549"/>
        <source>Brush stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="555"/>
        <source>Polygon fill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskDocument</name>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="84"/>
        <location filename="../ui/canvas/mask_document.cpp" line="90"/>
        <location filename="../ui/canvas/mask_document.cpp" line="94"/>
        <source>Cannot write mask %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="137"/>
        <source>The mask is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="141"/>
        <source>The mask is %1 pixels but the image is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="153"/>
        <location filename="../ui/canvas/mask_document.cpp" line="163"/>
        <source>The mask %1 is %2 pixels but the image is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="159"/>
        <source>Cannot read mask %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="173"/>
        <source>There is no mask to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="185"/>
        <source>There is no mask to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="260"/>
        <source>Flood erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="260"/>
        <source>Flood fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="265"/>
        <source>Clear mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="49"/>
        <source>&amp;Backbone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="53"/>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="54"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="55"/>
        <source>GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="56"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="58"/>
        <source>&amp;Threads (0 = one per core):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="59"/>
        <source>Training &amp;epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="60"/>
        <source>&amp;Patches per image (0 = all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="61"/>
        <source>Default image &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="63"/>
        <source>Save masks &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="67"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="71"/>
        <source>Labeller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="72"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="73"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="77"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="82"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="83"/>
        <source>A new language applies after DMAD Studio restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="116"/>
        <source>TorchScript file with forward(x) -&gt; (stride-8, stride-16 maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="117"/>
        <source>Br&amp;owse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="169"/>
        <source>Choose a backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="170"/>
        <source>TorchScript modules (*.pt *.pth *.ts *.ptl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="200"/>
        <source>Checking the backbone...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="248"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="261"/>
        <source>Enter a number, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="321"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="322"/>
        <source>Some settings could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ToolPanel</name>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="55"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="71"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="73"/>
        <source>Brush diameter in image pixels ([ and ] change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="77"/>
        <source>Brush size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="90"/>
        <source>Flood fill takes neighbouring pixels whose colour differs from the clicked pixel&apos;s by at most this much per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="92"/>
        <source>Fill tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="97"/>
        <source>Defect type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="104"/>
        <source>Show mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="107"/>
        <source>Mask opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="118"/>
        <source>Show heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="121"/>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="154"/>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
