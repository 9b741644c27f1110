/**
 * Output folders that never lose a user's data. A command writes only into a folder that does not
 * exist yet or that depinlab made ({@link OutputFolder#claim}: its {@value OutputFolder#MANIFEST}
 * names the command and every file written), refuses everything else before any work starts, and
 * replaces only the files it wrote: a user's own file in the folder survives. Files appear whole
 * ({@link AtomicFiles}); a killed command's temporary folders are removed by the next one that
 * writes to the same place, once no live process holds them ({@link Leftovers}); a sweep folder has
 * one writer at a time ({@link FolderLock}).
 */
package org.depinlab.simulator.output;
