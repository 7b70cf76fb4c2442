namespace Hosting;
