package org.depinlab.notebook;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The Jupyter kernel of the notebooks ({@value KernelSpec#NAME}): JJava's protocol library for the
 * messages, and a {@link JShellSession} (the runner's) for the cells, so a cell behaves in Jupyter
 * as it does in the build. What a cell prints streams to the notebook; the charts it saves through
 * {@link Figures} are displayed after it as SVG; a failing cell shows the runner's message (line,
 * diagnostic or exception) instead of a stack trace of the kernel. Cells compile against this
 * JVM's classpath, which {@link KernelSpec} sets to the notebooks module's.
 */
public final class NotebookKernel extends BaseKernel {

    private final JShellSession session;

    NotebookKernel(List<Path> classpath) {
        super(KernelSpec.NAME, Runtime.version().toString(), new LanguageInfo.Builder("Java")
                        .version(Runtime.version().toString()).mimetype("text/x-java-source").fileExtension(".jshell")
                        .pygments("java").codemirror("java").build(),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(),
                new Renderer(), null, null, false, new StringStyler.Builder().build());
        session = new JShellSession(classpath);
    }

    @Override
    public Object evalRaw(String cell) {
        FigureWatch watch = FigureWatch.of(Figures.folder());
        String value;
        try {
            value = session.evaluate(cell, System.out, System.err);
        } catch (CellFailure failure) {
            throw new CellError(failure);
        }
        for (Path svg : watch.saved()) {
            display(figure(svg));
        }
        return value == null ? null : new DisplayData(value);
    }

    /** The display of a saved chart: the SVG, and as text where its file is. */
    static DisplayData figure(Path svg) {
        Outputs.Figure figure = Outputs.Figure.read(svg.toString().replace(File.separatorChar, '/'), svg);
        DisplayData data = new DisplayData(figure.label());
        data.putSVG(figure.svg());
        return data;
    }

    @Override
    public List<String> formatError(Throwable e) {
        return e instanceof CellError ? List.of(e.getMessage().split("\n")) : super.formatError(e);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        JShellSession.Completions completions = session.complete(code, at);
        return new ReplacementOptions(completions.candidates(), completions.start(), at);
    }

    @Override
    public String isComplete(String code) {
        return IS_COMPLETE_MAYBE;
    }

    @Override
    public void interrupt() {
        session.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        session.close();
    }

    /**
     * {@code NotebookKernel CONNECTION_FILE}: serves one Jupyter session on the ports of the
     * connection file Jupyter wrote, until Jupyter shuts it down. Jupyter starts it from the
     * kernel.json {@link KernelSpec} installs.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: NotebookKernel CONNECTION_FILE (Jupyter starts it; install it with"
                    + " ./depinlab-kernel install)");
            System.exit(2);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        NotebookKernel kernel = new NotebookKernel(JShellSession.classpathOfThisJvm());
        JupyterConnection connection = new JupyterConnection(properties);
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup();
        connection.connect();
        connection.waitUntilClose();
    }
}
